package org.mineraldiligence.deployment;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The embedded H2 database holds everything, password hashes included. Before it is opened, its folder is
 * made accessible to the user running the application only (rwx------) and the files already in it
 * readable by that user only (rw-------), whatever the umask.
 */
public class EmbeddedDatabaseFolder implements EnvironmentPostProcessor {

    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?(?!mem:|tcp:|ssl:|zip:)([^;]+)");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        Matcher matcher = H2_FILE.matcher(url);
        if (!matcher.find() || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        // H2 reads a leading ~ as the user's home folder.
        String database = matcher.group(1).replaceFirst("^~", Matcher.quoteReplacement(System.getProperty("user.home")));
        Path folder = Path.of(database).toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, OWNER_FOLDER);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Files.setPosixFilePermissions(file, OWNER_FILE);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot restrict the embedded database folder " + folder
                    + " to the user running the application", e);
        }
    }
}
