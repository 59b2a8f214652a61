/** The MicroCertification aggregate: a 7-30 h course and the credential it awards. */
package fr.unicamp.catalogue.domain.microcertification;
