package fr.unicamp.integration.sis;

import fr.unicamp.integration.sis.config.ConnectorKind;
import fr.unicamp.integration.testing.EmbeddedFileServer;
import fr.unicamp.integration.testing.EmbeddedSftpServer;
import org.junit.jupiter.api.extension.RegisterExtension;

class SisSftpImportTest extends SisFileImportContract {

  @RegisterExtension final EmbeddedSftpServer server = new EmbeddedSftpServer();

  @Override
  protected EmbeddedFileServer server() {
    return server;
  }

  @Override
  protected ConnectorKind kind() {
    return ConnectorKind.CSV_SFTP;
  }
}
