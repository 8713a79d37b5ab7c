module jixiao.tui {
    requires transitive jixiao.domain;
}
