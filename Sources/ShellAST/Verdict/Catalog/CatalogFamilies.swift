/// Every family of the standard catalog.
enum CatalogFamilies {
    static let all: [CatalogFamily] = [
        Diagnostics.family,
        FilesFamily.family,
        TextTools.family,
        Containers.family,
        ContainerRuntimes.family,
        Kubernetes.family,
        Helm.family,
        Git.family,
        GitHistory.family,
    ]
}
