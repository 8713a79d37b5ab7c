module jixiao.domain {
}
