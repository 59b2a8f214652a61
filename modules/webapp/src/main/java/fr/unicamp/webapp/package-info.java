/** The one deployable WAR: wiring, security, the REST application, health and the UI. */
package fr.unicamp.webapp;
