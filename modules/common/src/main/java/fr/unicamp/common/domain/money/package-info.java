/** Money as BigDecimal with a currency, rounded half-even to the cent; never a double. */
package fr.unicamp.common.domain.money;
