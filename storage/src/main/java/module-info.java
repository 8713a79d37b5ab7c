module jixiao.storage {
    requires transitive jixiao.domain;
    requires com.fasterxml.jackson.databind;
}
