//! The `regions` setting: each data region's blob store, read from one line so it
//! works alike in the TOML file and in `LERS_REGIONS`:
//! `us=local, eu=local:/srv/lers-eu, in=s3:lers-in/files`.
//! Without it the deployment has one region, named by `region`, whose files go where
//! `blob_store` says (as before regions existed).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{bail, Context};
use lers_store::blobs::{BlobStore, LocalBlobStore, RegionalStores, S3BlobStore, S3Settings};

use crate::settings::Settings;

/// Where one region keeps its files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegionStore {
    /// A local directory (`None`: the data directory for the default region, so files
    /// stored before regions keep opening; `DATA_DIR/regions/<name>` for the others).
    Local(Option<PathBuf>),
    /// An S3 bucket and key prefix, reached with the `s3_*` settings.
    S3 { bucket: String, prefix: String },
}

/// Reads `name=local[:DIR]` and `name=s3:BUCKET[/PREFIX]` entries separated by commas.
pub fn parse(line: &str) -> anyhow::Result<BTreeMap<String, RegionStore>> {
    let mut regions = BTreeMap::new();
    for entry in line.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let (name, store) = entry
            .split_once('=')
            .with_context(|| format!("regions: {entry:?} should read name=local, name=local:DIR or name=s3:BUCKET/PREFIX"))?;
        let name =
            lers_domain::region::normalise(name).map_err(|e| anyhow::anyhow!("regions: {e}"))?;
        let store = match store.trim().split_once(':') {
            None if store.trim() == "local" => RegionStore::Local(None),
            Some(("local", dir)) if !dir.trim().is_empty() => {
                RegionStore::Local(Some(PathBuf::from(dir.trim())))
            }
            Some(("s3", place)) if !place.trim().trim_matches('/').is_empty() => {
                let place = place.trim().trim_matches('/');
                let (bucket, prefix) = place.split_once('/').unwrap_or((place, ""));
                RegionStore::S3 {
                    bucket: bucket.to_owned(),
                    prefix: prefix.trim_matches('/').to_owned(),
                }
            }
            _ => bail!("regions: the store of {name} should be local, local:DIR or s3:BUCKET/PREFIX, not {store:?}"),
        };
        if regions.insert(name.clone(), store).is_some() {
            bail!("regions: {name} is configured twice");
        }
    }
    Ok(regions)
}

impl Settings {
    /// The default region: the `region` setting, which must be one of `regions` when
    /// that is set.
    pub fn default_region(&self) -> anyhow::Result<String> {
        lers_domain::region::normalise(&self.region)
            .map_err(|e| anyhow::anyhow!("region (LERS_REGION): {e}"))
    }

    /// Each region's store for one kind of file (`documents` or `productions`).
    /// Invalid settings fail here, at start, with what to change.
    pub fn regional_stores(&self, area: &str) -> anyhow::Result<RegionalStores> {
        let default = self.default_region()?;
        let regions = parse(&self.regions)?;
        if regions.is_empty() {
            return Ok(RegionalStores::single(default, self.blob_store(area)?));
        }
        if !regions.contains_key(&default) {
            bail!(
                "region (LERS_REGION) is {default:?}, which is not one of the configured regions ({}); set it to the region where files stored so far are",
                regions.keys().cloned().collect::<Vec<_>>().join(", ")
            );
        }
        let mut stores: BTreeMap<String, Arc<dyn BlobStore>> = BTreeMap::new();
        for (name, store) in regions {
            let blobs: Arc<dyn BlobStore> =
                match store {
                    RegionStore::Local(dir) => {
                        let root = dir.unwrap_or_else(|| match name == default {
                            true => self.data_dir.clone(),
                            false => self.data_dir.join("regions").join(&name),
                        });
                        Arc::new(LocalBlobStore::new(root.join(area)).with_context(|| {
                            format!("region {name}: cannot use {}", root.display())
                        })?)
                    }
                    RegionStore::S3 { bucket, prefix } => Arc::new(
                        S3BlobStore::new(&S3Settings {
                            endpoint: self.s3_endpoint.clone(),
                            bucket,
                            region: self.s3_region.clone(),
                            access_key_id: self.s3_access_key_id.clone(),
                            secret_access_key: self.s3_secret_access_key.clone(),
                            prefix: [prefix.as_str(), area]
                                .iter()
                                .filter(|p| !p.is_empty())
                                .copied()
                                .collect::<Vec<_>>()
                                .join("/"),
                        })
                        .with_context(|| format!("region {name}"))?,
                    ),
                };
            stores.insert(name, blobs);
        }
        Ok(RegionalStores::new(default, stores)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_parse_and_mistakes_are_named() -> anyhow::Result<()> {
        let parsed = parse(" US=local, eu=local:/srv/eu ,in=s3:bucket-in/lers/files/ ,au=s3:b")?;
        assert_eq!(parsed["us"], RegionStore::Local(None));
        assert_eq!(parsed["eu"], RegionStore::Local(Some("/srv/eu".into())));
        assert_eq!(
            parsed["in"],
            RegionStore::S3 {
                bucket: "bucket-in".into(),
                prefix: "lers/files".into()
            }
        );
        assert!(parse("")?.is_empty());
        for (bad, says) in [
            ("eu", "should read name=local"),
            ("eu=ftp:x", "should be local, local:DIR or s3"),
            ("eu=s3:", "should be local"),
            ("e/u=local", "not a region name"),
            ("eu=local,EU=local", "configured twice"),
        ] {
            let error = parse(bad).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(error.contains(says), "{bad}: {error}");
        }
        Ok(())
    }

    #[test]
    fn the_default_region_must_be_configured() -> anyhow::Result<()> {
        let dir = std::env::temp_dir().join(format!("lers-regions-{}", std::process::id()));
        let settings = Settings {
            data_dir: dir.clone(),
            region: "us".into(),
            regions: "eu=local".into(),
            ..Settings::default()
        };
        let error = settings
            .regional_stores("documents")
            .err()
            .map(|e| e.to_string());
        assert!(error.is_some_and(|e| e.contains("not one of the configured regions (eu)")));
        let single = Settings {
            data_dir: dir.clone(),
            region: "us".into(),
            ..Settings::default()
        };
        let stores = single.regional_stores("documents")?;
        assert_eq!(stores.regions(), vec!["us".to_owned()]);
        let _ = std::fs::remove_dir_all(dir);
        Ok(())
    }
}
