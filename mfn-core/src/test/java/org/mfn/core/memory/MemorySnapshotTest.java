package org.mfn.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemorySnapshotTest {
  @TempDir Path dir;

  @Test
  void readProcStatus_linuxStatusFile_givesRssAndPeakInBytes() throws IOException {
    Path status = dir.resolve("status");
    Files.writeString(
        status,
        "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\nThreads: 3\n");
    assertThat(MemorySnapshot.readProcStatus(status)).containsExactly(1024L * 1024, 2048L * 1024);
  }

  @Test
  void readProcStatus_missingOrMalformed_givesNullForTheFallback() throws IOException {
    assertThat(MemorySnapshot.readProcStatus(dir.resolve("absent"))).isNull();
    Path status = dir.resolve("status");
    Files.writeString(status, "VmRSS:\t  lots kB\nVmHWM:\t 5 kB\n");
    assertThat(MemorySnapshot.readProcStatus(status)).isNull();
    Files.writeString(status, "VmRSS:\t  5 MB\nVmHWM:\t 5 kB\n");
    assertThat(MemorySnapshot.readProcStatus(status)).isNull();
  }

  @Test
  void take_onThisMachine_readsProcAndGivesConsistentFigures() {
    MemorySnapshot s = MemorySnapshot.take();
    assertThat(s.rssFromProc()).isEqualTo(Files.isReadable(Path.of("/proc/self/status")));
    assertThat(s.rssBytes()).isPositive();
    assertThat(s.peakRssBytes()).isGreaterThanOrEqualTo(s.rssBytes());
    assertThat(s.heapCommittedBytes()).isGreaterThanOrEqualTo(s.heapUsedBytes());
    assertThat(s.gcCount()).isNotNegative();
  }
}
