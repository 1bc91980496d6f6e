package dev.firstline.kb;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings of article texts kept in one file between starts, keyed by the SHA-256 of the text,
 * so that only new or changed texts are embedded again. The file sits in {@code .firstline-cache/}
 * inside the knowledge-base folder, or in the system temp folder if that folder is read-only. A
 * missing, unreadable or foreign file is treated as empty; a failed write only costs time.
 */
final class EmbeddingCache {

  static final String FOLDER = ".firstline-cache";
  private static final int MAGIC = 0x464c4531; // "FLE1"
  private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);

  private final Path file;
  private final String model;

  EmbeddingCache(Path file, String model) {
    this.file = file;
    this.model = model;
  }

  /** The cache for {@code model}'s embeddings of the articles in {@code kbDir}. */
  static EmbeddingCache forKnowledgeBase(Path kbDir, String model) {
    Path absolute = kbDir.toAbsolutePath().normalize();
    Path folder =
        Files.isWritable(absolute)
            ? absolute.resolve(FOLDER)
            : Path.of(System.getProperty("java.io.tmpdir"), "firstline-cache", key(absolute.toString()).substring(0, 16));
    return new EmbeddingCache(folder.resolve("embeddings-" + model + ".bin"), model);
  }

  Path file() {
    return file;
  }

  /** The SHA-256 of a text, in hex: the key of its embedding. */
  static String key(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The stored embeddings by key; empty if there is no usable file. */
  Map<String, float[]> load() {
    Map<String, float[]> vectors = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != MAGIC || !in.readUTF().equals(model)) {
        log.info("ignoring embedding cache {}: other format or model", file);
        return Map.of();
      }
      int dimension = in.readInt();
      int count = in.readInt();
      byte[] hash = new byte[32];
      for (int i = 0; i < count; i++) {
        in.readFully(hash);
        float[] vector = new float[dimension];
        for (int d = 0; d < dimension; d++) {
          vector[d] = in.readFloat();
        }
        vectors.put(HexFormat.of().formatHex(hash), vector);
      }
      return vectors;
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | RuntimeException e) {
      log.info("ignoring unreadable embedding cache {}: {}", file, e.toString());
      return Map.of();
    }
  }

  /** Replaces the file with exactly these embeddings (all of one dimension), atomically. */
  void save(Map<String, float[]> vectors) {
    if (vectors.isEmpty()) {
      return;
    }
    int dimension = vectors.values().iterator().next().length;
    Path temp = null;
    try {
      Files.createDirectories(file.getParent());
      temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
        out.writeInt(MAGIC);
        out.writeUTF(model);
        out.writeInt(dimension);
        out.writeInt(vectors.size());
        for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
          out.write(HexFormat.of().parseHex(entry.getKey()));
          for (float value : entry.getValue()) {
            out.writeFloat(value);
          }
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      log.warn("cannot write the embedding cache {} (the next start embeds again): {}", file, e.toString());
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
    }
  }
}
