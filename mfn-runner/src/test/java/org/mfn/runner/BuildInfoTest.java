package org.mfn.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The build's own description: resolved values kept, Maven placeholders and junk dropped. */
class BuildInfoTest {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void cleanBuild_recordsTheCommit() {
    assertThat(BuildInfo.of(props("1.2.0", COMMIT, "false")))
        .isEqualTo(new BuildInfo("1.2.0", COMMIT));
  }

  @Test
  void buildWithUncommittedChanges_saysDirty() {
    assertThat(BuildInfo.of(props("1.2.0", COMMIT, "true")).commit()).isEqualTo(COMMIT + "-dirty");
  }

  @Test
  void buildOutsideGit_leavesPlaceholders_readAsUnknown() {
    BuildInfo info = BuildInfo.of(props("${project.version}", "${git.commit.id}", "${git.dirty}"));
    assertThat(info).isEqualTo(new BuildInfo("unknown", null));
  }

  @Test
  void commitThatIsNotFortyHex_isDropped() {
    assertThat(BuildInfo.of(props("1.2.0", "HEAD", "false")).commit()).isNull();
  }

  @Test
  void theseClasses_wereFilteredByTheBuild() {
    BuildInfo current = BuildInfo.current();
    assertThat(current.version()).doesNotContain("${").isNotEqualTo("unknown");
    // This build runs from a git checkout (a clean clone in CI).
    assertThat(current.commit()).matches("[0-9a-f]{40}(-dirty)?");
  }

  private static Properties props(String version, String commit, String dirty) {
    Properties p = new Properties();
    p.setProperty("version", version);
    p.setProperty("commit", commit);
    p.setProperty("dirty", dirty);
    return p;
  }
}
