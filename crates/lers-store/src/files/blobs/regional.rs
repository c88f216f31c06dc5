//! One blob store per data region. Every file row names its region, and the vaults
//! read and write a file only in that region's store.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::BlobStore;
use crate::{Result, StoreError};

#[derive(Clone)]
pub struct RegionalStores {
    default: String,
    stores: BTreeMap<String, Arc<dyn BlobStore>>,
}

impl RegionalStores {
    /// `stores` by region name; `default` (where files from before regions are, and
    /// requests whose region nothing decides) must be one of them.
    pub fn new(default: String, stores: BTreeMap<String, Arc<dyn BlobStore>>) -> Result<Self> {
        if !stores.contains_key(&default) {
            return Err(StoreError::Corrupt(format!(
                "the default region {default:?} has no blob store"
            )));
        }
        Ok(Self { default, stores })
    }

    /// A deployment with one region.
    pub fn single(region: String, store: Arc<dyn BlobStore>) -> Self {
        Self {
            stores: BTreeMap::from([(region.clone(), store)]),
            default: region,
        }
    }

    /// The same stores with `region`'s replaced by `store`.
    pub fn with(mut self, region: &str, store: Arc<dyn BlobStore>) -> Self {
        self.stores.insert(region.to_owned(), store);
        self
    }

    pub fn default_region(&self) -> &str {
        &self.default
    }

    pub fn regions(&self) -> Vec<String> {
        self.stores.keys().cloned().collect()
    }

    /// The store of `region` (`None`: the default region).
    pub fn get(&self, region: Option<&str>) -> Result<&Arc<dyn BlobStore>> {
        let region = region.unwrap_or(&self.default);
        self.stores.get(region).ok_or_else(|| {
            StoreError::Corrupt(format!(
                "no blob store is configured for region {region:?}; add it to the regions setting"
            ))
        })
    }

    /// Whether two regions' stores are one place (a move between them would overwrite
    /// the blob it copies).
    pub fn shares_store(&self, a: Option<&str>, b: &str) -> Result<bool> {
        Ok(self.get(a)?.describe() == self.get(Some(b))?.describe())
    }

    pub fn all(&self) -> impl Iterator<Item = (&String, &Arc<dyn BlobStore>)> {
        self.stores.iter()
    }
}
