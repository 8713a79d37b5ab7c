/** Persistence and interchange: the exchange formats, and (later) SQLite through JDBI. */
module jixiao.storage {
    requires transitive jixiao.domain;
    requires com.fasterxml.jackson.databind;

    exports jixiao.storage.exchange;
    exports jixiao.storage.demo;
}
