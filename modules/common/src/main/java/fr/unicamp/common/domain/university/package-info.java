/** Universities: the tenants of the back-office and the awarding bodies of the certificates. */
package fr.unicamp.common.domain.university;
