//! Loading WIT from files, directories and inline source, and choosing a world.

use std::path::Path;

use wit_parser::{PackageId, Resolve, WorldId};

use crate::error::{Error, ErrorKind};

/// Options for loading WIT: which `@unstable` features are enabled.
#[derive(Clone, Debug, Default)]
pub struct Loader {
    features: Vec<String>,
    all_features: bool,
}

/// A resolved WIT package set and the package that was asked for.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// Every package that was loaded, dependencies included.
    pub resolve: Resolve,
    /// The main package: the file, directory or source that was named.
    pub package: PackageId,
}

impl Loader {
    /// A loader with no `@unstable` features enabled.
    pub fn new() -> Self {
        Self::default()
    }

    /// Enables the `@unstable(feature = name)` gate `name`.
    pub fn feature(mut self, name: impl Into<String>) -> Self {
        self.features.push(name.into());
        self
    }

    /// Enables the comma- or space-separated feature list, as `--features` takes it.
    pub fn features(mut self, list: &str) -> Self {
        self.features.extend(
            list.split([',', ' '])
                .filter(|name| !name.is_empty())
                .map(String::from),
        );
        self
    }

    /// Enables every `@unstable` feature.
    pub fn all_features(mut self, all: bool) -> Self {
        self.all_features = all;
        self
    }

    fn empty_resolve(&self) -> Resolve {
        let mut resolve = Resolve {
            all_features: self.all_features,
            ..Resolve::default()
        };
        resolve.features.extend(self.features.iter().cloned());
        resolve
    }

    /// Loads a `.wit` file, or a directory of `.wit` files with an optional `deps/`.
    pub fn load_path(&self, path: impl AsRef<Path>) -> Result<Loaded, Error> {
        let path = path.as_ref();
        if let Err(source) = std::fs::metadata(path) {
            return Err(Error::new(ErrorKind::Io {
                path: path.to_path_buf(),
                source,
            }));
        }
        let mut resolve = self.empty_resolve();
        let (package, _sources) = resolve
            .push_path(path)
            .map_err(|e| parse_error(&resolve, e))?;
        Ok(Loaded { resolve, package })
    }

    /// Loads one package from source text. `name` is used in error locations.
    pub fn load_source(&self, name: &str, source: &str) -> Result<Loaded, Error> {
        let mut resolve = self.empty_resolve();
        let package = resolve
            .push_str(name, source)
            .map_err(|e| parse_error(&resolve, e))?;
        Ok(Loaded { resolve, package })
    }
}

#[cold]
fn parse_error(resolve: &Resolve, error: anyhow::Error) -> Error {
    // wit-parser reports through anyhow with spans into the resolve's source
    // map; rendering against it gives `--> file:line:col` and a caret.
    Error::new(ErrorKind::Parse {
        rendered: resolve.render_error(&error),
    })
}

impl Loaded {
    /// Chooses a world of the main package.
    ///
    /// `name` may be a short name (`my-world`), or a qualified one
    /// (`ns:pkg/my-world`, optionally with `@version`) naming a world of any loaded
    /// package. With `None` the main package must have exactly one world.
    pub fn select_world(&self, name: Option<&str>) -> Result<WorldId, Error> {
        let main = &self.resolve.packages[self.package];
        let Some(name) = name else {
            return match main.worlds.len() {
                1 => Ok(main.worlds[0]),
                _ => Err(Error::new(ErrorKind::AmbiguousWorld {
                    package: main.name.to_string(),
                    available: main.worlds.keys().cloned().collect(),
                })),
            };
        };
        let found = match name.split_once('/') {
            None => main.worlds.get(name).copied(),
            Some((package_name, world_name)) => {
                let world_name = world_name.split('@').next().unwrap_or(world_name);
                self.resolve
                    .packages
                    .iter()
                    .filter(|(_, package)| package_matches(&package.name, package_name, name))
                    .find_map(|(_, package)| package.worlds.get(world_name).copied())
            }
        };
        found.ok_or_else(|| {
            Error::new(ErrorKind::WorldNotFound {
                requested: name.to_string(),
                available: self.qualified_world_names(),
            })
        })
    }

    /// Every world of every loaded package, as `ns:pkg/world[@version]`.
    pub fn qualified_world_names(&self) -> Vec<String> {
        self.resolve
            .worlds
            .iter()
            .filter_map(|(_, world)| {
                let package = &self.resolve.packages[world.package?];
                let name = &package.name;
                Some(match &name.version {
                    Some(version) => {
                        format!("{}:{}/{}@{version}", name.namespace, name.name, world.name)
                    }
                    None => format!("{}:{}/{}", name.namespace, name.name, world.name),
                })
            })
            .collect()
    }
}

/// Whether `package` is the one named by `ns:pkg` in `full` (`ns:pkg/world@version`).
fn package_matches(package: &wit_parser::PackageName, ns_and_name: &str, full: &str) -> bool {
    let Some((namespace, name)) = ns_and_name.split_once(':') else {
        return false;
    };
    if package.namespace != namespace || package.name != name {
        return false;
    }
    match full.split_once('@') {
        Some((_, version)) => package
            .version
            .as_ref()
            .is_some_and(|v| v.to_string() == version),
        None => true,
    }
}
