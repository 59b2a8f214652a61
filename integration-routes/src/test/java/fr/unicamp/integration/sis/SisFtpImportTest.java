package fr.unicamp.integration.sis;

import fr.unicamp.integration.sis.config.ConnectorKind;
import fr.unicamp.integration.testing.EmbeddedFileServer;
import fr.unicamp.integration.testing.EmbeddedFtpServer;
import org.junit.jupiter.api.extension.RegisterExtension;

class SisFtpImportTest extends SisFileImportContract {

  @RegisterExtension final EmbeddedFtpServer server = new EmbeddedFtpServer();

  @Override
  protected EmbeddedFileServer server() {
    return server;
  }

  @Override
  protected ConnectorKind kind() {
    return ConnectorKind.CSV_FTP;
  }
}
