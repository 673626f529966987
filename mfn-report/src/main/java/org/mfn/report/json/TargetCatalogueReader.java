package org.mfn.report.json;

import java.io.IOException;
import java.io.InputStream;
import org.mfn.core.target.TargetCatalogue;

/** Loads the claims catalogue shipped as {@link TargetCatalogue#RESOURCE}. */
public final class TargetCatalogueReader {
  private TargetCatalogueReader() {}

  /**
   * Loads the shipped catalogue.
   *
   * @return the validated catalogue
   * @throws ResultsFileException if the resource is missing or invalid
   */
  public static TargetCatalogue loadDefault() {
    try (InputStream in = TargetCatalogue.class.getResourceAsStream(TargetCatalogue.RESOURCE)) {
      if (in == null) {
        throw new ResultsFileException(
            "the claims catalogue " + TargetCatalogue.RESOURCE + " is not on the class path");
      }
      return ResultsJson.mapper().readValue(in, TargetCatalogue.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResultsFileException("the claims catalogue is invalid: " + e.getMessage());
    }
  }
}
