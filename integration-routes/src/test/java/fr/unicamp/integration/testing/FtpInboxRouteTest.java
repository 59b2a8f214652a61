package fr.unicamp.integration.testing;

import org.junit.jupiter.api.extension.RegisterExtension;

class FtpInboxRouteTest extends RemoteInboxRouteContract {

  @RegisterExtension final EmbeddedFtpServer server = new EmbeddedFtpServer();

  @Override
  protected EmbeddedFileServer server() {
    return server;
  }

  /** Binary keeps the bytes as sent (checksums for idempotency); passive suits firewalled SIS. */
  @Override
  protected String protocolOptions() {
    return "passiveMode=true&binary=true";
  }
}
