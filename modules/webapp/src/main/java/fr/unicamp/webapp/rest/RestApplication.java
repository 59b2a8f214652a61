package fr.unicamp.webapp.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every module's JAX-RS resources are served under {@code /api}. */
@ApplicationPath("api")
public class RestApplication extends Application {}
