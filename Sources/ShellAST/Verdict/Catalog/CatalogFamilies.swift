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
        DisksFamily.family,
        DisksFamily.maintenance,
        DisksFamily.volumes,
        ProcessesFamily.family,
        PowerFamily.family,
        ServicesFamily.family,
        ServicesFamily.managers,
        UsersFamily.family,
        PackagesFamily.family,
        PackagesFamily.systemManagers,
        PackagesFamily.appManagers,
        PackagesFamily.pythonManagers,
        PackagesFamily.languageManagers,
    ]
}
