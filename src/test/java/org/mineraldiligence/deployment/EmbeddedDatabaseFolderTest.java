package org.mineraldiligence.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Nobody but the user running the application may read the embedded database's files. */
class EmbeddedDatabaseFolderTest {

    @TempDir
    Path home;

    @Test
    void theFolderAndTheFilesAlreadyInItBecomeTheOwnersOnly() throws IOException {
        Path data = Files.createDirectories(home.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path database = Files.writeString(data.resolve("mineral-diligence.mv.db"), "H2");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));

        new EmbeddedDatabaseFolder().postProcessEnvironment(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:" + data.resolve("mineral-diligence")), null);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
    }

    @Test
    void aFolderThatDoesNotExistYetIsCreatedForTheOwnerOnly() throws IOException {
        Path data = home.resolve("fresh/data");
        new EmbeddedDatabaseFolder().postProcessEnvironment(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:" + data.resolve("mineral-diligence")), null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    @Test
    void inMemoryAndOtherDatabasesAreLeftAlone() {
        new EmbeddedDatabaseFolder().postProcessEnvironment(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"), null);
        new EmbeddedDatabaseFolder().postProcessEnvironment(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:tcp://localhost/" + home.resolve("x")), null);
        new EmbeddedDatabaseFolder().postProcessEnvironment(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://localhost/x"), null);
        assertThat(home).isEmptyDirectory();
    }
}
