output "urls" {
  value = {
    wiki      = module.wiki_ingress.url
    bookmarks = module.bookmarks_ingress.url
  }
}
