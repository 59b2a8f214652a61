/** Use cases of the back-office that span modules: the consortium overview of the dashboard. */
package fr.unicamp.webapp.application;
