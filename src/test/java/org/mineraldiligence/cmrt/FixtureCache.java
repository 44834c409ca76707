package org.mineraldiligence.cmrt;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Fixture workbooks written once: POI takes seconds to write a 1.5 MB RMI template, and the suite asks for
 * the same workbooks again and again (the valid one, the low-risk declaration, the one without a company
 * name), within a run and from one run to the next.
 *
 * <p>A workbook is kept in {@code target/fixture-cache/} under the SHA-256 of everything that decides its
 * content: the recipe (the starting template's bytes and every cell write, see {@link CmrtFixture.Recipe}),
 * the class files of the code that fills or converts it ({@link CmrtFixture} and the {@link Metal}s it fills
 * in, {@link XlsTwin}) and POI's version. A changed template, fixture class or POI therefore writes it anew; {@code mvn clean} forgets them
 * all. Every caller reads its own copy: a test that changes the bytes spoils nothing for the next one.
 */
final class FixtureCache {

    static final Path DIRECTORY = Path.of("target", "fixture-cache");

    private static final Map<String, byte[]> DIGESTS = new HashMap<>();

    private FixtureCache() {
    }

    /** The workbook of a recipe, written by {@code write} only when no run has written it before. */
    static byte[] workbook(CmrtFixture.Recipe recipe, Supplier<byte[]> write) {
        // Metal: the completed template's smelter rows are one per metal, in its order, under its label
        Key key = new Key(CmrtFixture.class, Metal.class);
        key.text(recipe.start());
        key.bytes(templateDigest(recipe.start()));
        for (CmrtFixture.Step step : recipe.steps()) {
            key.text(step.kind());
            key.text(step.sheet());
            key.text(step.address());
            key.text(step.value());
        }
        return get(key.digest() + ".xlsx", write);
    }

    /** Bytes a fixture class derives from other bytes, e.g. the .xls twin of a workbook. */
    static byte[] derived(Class<?> maker, String suffix, byte[] from, Supplier<byte[]> make) {
        Key key = new Key(maker);
        key.bytes(from);
        return get(key.digest() + suffix, make);
    }

    private static synchronized byte[] get(String fileName, Supplier<byte[]> make) {
        Path file = DIRECTORY.resolve(fileName);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            byte[] bytes = make.get();
            Files.createDirectories(DIRECTORY);
            // a temporary file moved into place: a run stopped half-way leaves no half-written workbook
            Path partial = Files.createTempFile(DIRECTORY, "writing-", ".part");
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes.clone();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template file a recipe starts from: "valid 6.5" and "blank 6.5" start from RMI_CMRT_6.5.xlsx. */
    private static synchronized byte[] templateDigest(String start) {
        String version = start.substring(start.lastIndexOf(' ') + 1);
        return DIGESTS.computeIfAbsent("template " + version,
                v -> sha256().digest(Templates.bytes(Templates.cmrt(version))));
    }

    private static synchronized byte[] classDigest(Class<?> type) {
        return DIGESTS.computeIfAbsent("class " + type.getName(), name -> {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                return sha256().digest(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unambiguous serialisation to hash: every field length-prefixed, null distinct from empty. */
    private static final class Key {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(buffer);

        Key(Class<?>... makers) {
            text("fixture-cache 1");
            text(org.apache.poi.Version.getVersion());
            for (Class<?> maker : makers) {
                bytes(classDigest(maker));
            }
        }

        void text(String value) {
            bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] value) {
            try {
                out.writeInt(value == null ? -1 : value.length);
                if (value != null) {
                    out.write(value);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String digest() {
            return HexFormat.of().formatHex(sha256().digest(buffer.toByteArray()));
        }
    }
}
