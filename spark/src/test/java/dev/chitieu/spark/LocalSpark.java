package dev.chitieu.spark;

import org.apache.spark.sql.SparkSession;

/** One Spark session in local mode for every test class of the module: starting Spark takes seconds. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  /** The session: two worker threads, one partition per shuffle (the data are tiny), no web UI. */
  static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("chitieu-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "1")
          .config("spark.default.parallelism", "1")
          .config("spark.sql.adaptive.enabled", "false")
          // the tests' data are tiny: compiling whole-stage code would cost more than it saves
          .config("spark.sql.codegen.wholeStage", "false")
          .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
