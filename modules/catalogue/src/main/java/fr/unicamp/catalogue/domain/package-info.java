/** The catalogue's domain: micro-certifications and the framework's rules about them. */
package fr.unicamp.catalogue.domain;
