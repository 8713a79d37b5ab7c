module jixiao.app {
    requires jixiao.domain;
    requires jixiao.storage;
    requires info.picocli;
    opens jixiao.app to info.picocli;
}
