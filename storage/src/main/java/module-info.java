/** Persistence and interchange: SQLite through JDBI, and the JSON, CSV and XLSX exchange formats. */
module jixiao.storage {
    requires transitive jixiao.domain;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.csv;
    requires org.dhatim.fastexcel;
    requires java.xml;
    requires java.sql;
    requires org.jdbi.v3.core;
    // jdbi3-core is an automatic module: its own dependencies must be named here to resolve.
    requires org.slf4j;
    requires io.leangen.geantyref;
    requires org.xerial.sqlitejdbc;

    exports jixiao.storage.exchange;
    exports jixiao.storage.demo;
    exports jixiao.storage.sqlite;
    exports jixiao.storage.report;
    exports jixiao.storage.file;
}
