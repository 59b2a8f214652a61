/** Who may do what: the four roles and the staff user accounts, each tied to one university. */
package fr.unicamp.common.domain.security;
