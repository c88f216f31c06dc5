//! Blobs as files in one directory. `put_file` is a rename, so a multi-GiB production
//! is never copied once it is sealed.

use std::io::SeekFrom;
use std::ops::Range;
use std::path::{Path, PathBuf};

use futures::StreamExt;
use tokio::io::{AsyncReadExt, AsyncSeekExt};
use tokio_util::io::ReaderStream;

use super::{blob_error, check_key, part_first, parts_folder, BlobStore, BlobStream};
use crate::Result;

/// Large reads keep the syscall count down without holding much memory.
const READ_CHUNK: usize = 256 * 1024;

pub struct LocalBlobStore {
    dir: PathBuf,
}

impl LocalBlobStore {
    pub fn new(dir: PathBuf) -> Result<Self> {
        std::fs::create_dir_all(&dir)
            .map_err(|e| blob_error("create", &dir.display().to_string(), e))?;
        Ok(Self { dir })
    }

    fn path(&self, key: &str) -> Result<PathBuf> {
        check_key(key)?;
        Ok(self.dir.join(key))
    }
}

#[async_trait::async_trait]
impl BlobStore for LocalBlobStore {
    async fn put_file(&self, key: &str, file: &Path) -> Result<()> {
        let target = self.path(key)?;
        // A part's folder (`….parts/`) is made on its first part.
        let dir = target.parent().unwrap_or(&self.dir).to_owned();
        let root = self.dir.clone();
        let source = file.to_owned();
        let key = key.to_owned();
        tokio::task::spawn_blocking(move || {
            if dir != root {
                std::fs::create_dir_all(&dir).map_err(|e| blob_error("store", &key, e))?;
                std::fs::File::open(&root)
                    .and_then(|d| d.sync_all())
                    .map_err(|e| blob_error("store", &key, e))?;
            }
            if std::fs::rename(&source, &target).is_err() {
                // Another file system: copy, make the copy durable, then drop the source.
                let partial = target.with_extension("partial");
                std::fs::copy(&source, &partial).map_err(|e| blob_error("store", &key, e))?;
                std::fs::File::open(&partial)
                    .and_then(|f| f.sync_all())
                    .map_err(|e| blob_error("store", &key, e))?;
                std::fs::rename(&partial, &target).map_err(|e| blob_error("store", &key, e))?;
                std::fs::remove_file(&source).map_err(|e| blob_error("store", &key, e))?;
            }
            // The rename is durable only once the directory entry is.
            std::fs::File::open(&dir)
                .and_then(|d| d.sync_all())
                .map_err(|e| blob_error("store", &key, e))
        })
        .await
        .map_err(|e| blob_error("store", "", e))?
    }

    async fn size(&self, key: &str) -> Result<Option<u64>> {
        match tokio::fs::metadata(self.path(key)?).await {
            Ok(meta) => Ok(Some(meta.len())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(blob_error("read", key, e)),
        }
    }

    async fn read(&self, key: &str, range: Range<u64>) -> Result<BlobStream> {
        let mut file = tokio::fs::File::open(self.path(key)?)
            .await
            .map_err(|e| blob_error("read", key, e))?;
        file.seek(SeekFrom::Start(range.start))
            .await
            .map_err(|e| blob_error("read", key, e))?;
        let key = key.to_owned();
        let reader = file.take(range.end.saturating_sub(range.start));
        Ok(ReaderStream::with_capacity(reader, READ_CHUNK)
            .map(move |chunk| chunk.map_err(|e| blob_error("read", &key, e)))
            .boxed())
    }

    /// The directory must still be there (a missing mount is not an empty store).
    async fn reachable(&self) -> Result<()> {
        match tokio::fs::metadata(&self.dir).await {
            Ok(meta) if meta.is_dir() => Ok(()),
            Ok(_) => Err(blob_error(
                "use",
                &self.dir.display().to_string(),
                "not a directory",
            )),
            Err(e) => Err(blob_error("use", &self.dir.display().to_string(), e)),
        }
    }

    async fn delete(&self, key: &str) -> Result<()> {
        let path = self.path(key)?;
        match tokio::fs::remove_file(&path).await {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(blob_error("delete", key, e)),
        }
        // The last part of an upload takes its folder with it.
        if let Some(folder) = path.parent().filter(|folder| *folder != self.dir) {
            let _ = tokio::fs::remove_dir(folder).await;
        }
        Ok(())
    }

    async fn list_parts(&self, upload: &str) -> Result<Vec<(u64, u64)>> {
        let folder = self.dir.join(parts_folder(upload)?);
        let mut entries = match tokio::fs::read_dir(&folder).await {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(blob_error("list", upload, e)),
        };
        let mut parts = Vec::new();
        while let Some(entry) = entries
            .next_entry()
            .await
            .map_err(|e| blob_error("list", upload, e))?
        {
            if let Some(first) = entry.file_name().to_str().and_then(part_first) {
                let meta = entry
                    .metadata()
                    .await
                    .map_err(|e| blob_error("list", upload, e))?;
                parts.push((first, meta.len()));
            }
        }
        parts.sort_unstable();
        Ok(parts)
    }

    fn describe(&self) -> String {
        format!("local directory {}", self.dir.display())
    }
}
