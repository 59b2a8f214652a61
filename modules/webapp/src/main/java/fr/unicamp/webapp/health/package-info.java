/** MicroProfile Health checks of the deployable: liveness and database readiness. */
package fr.unicamp.webapp.health;
