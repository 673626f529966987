package org.mfn.core.target;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** Loads the claims catalogue shipped as {@link TargetCatalogue#RESOURCE}. Thread-safe. */
public final class TargetCatalogueReader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private TargetCatalogueReader() {}

  /**
   * Loads the shipped catalogue.
   *
   * @return the validated catalogue
   * @throws IllegalStateException if the resource is missing or invalid (a broken build)
   */
  public static TargetCatalogue loadDefault() {
    try (InputStream in = TargetCatalogue.class.getResourceAsStream(TargetCatalogue.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the claims catalogue " + TargetCatalogue.RESOURCE + " is not on the class path");
      }
      return MAPPER.readValue(in, TargetCatalogue.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("the claims catalogue is invalid: " + e.getMessage(), e);
    }
  }
}
