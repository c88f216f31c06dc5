//! The staging file's writer. During an upload, sealed segments go to a writer thread
//! that writes them and forces them to disk every few hundred MiB, so sealing (CPU)
//! and write-back (disk) overlap instead of taking turns, and the fsync that
//! acknowledges a chunk has little left to do.

use std::fs::File;
use std::io::{self, Write};
use std::sync::mpsc::{sync_channel, SyncSender};

use crate::crypto::segments::SealingWriter;
use crate::{io_error, Result};

const BLOCK: usize = 1024 * 1024;
const BLOCKS_IN_FLIGHT: usize = 4;
const SYNC_EVERY: u64 = 256 * 1024 * 1024;

pub(super) struct StagingSink {
    file: File,
    pipe: Option<SyncSender<Vec<u8>>>,
    block: Vec<u8>,
}

impl StagingSink {
    pub(super) fn new(file: File) -> Self {
        Self {
            file,
            pipe: None,
            block: Vec::new(),
        }
    }

    fn send(&mut self) -> io::Result<()> {
        let block = std::mem::replace(&mut self.block, Vec::with_capacity(BLOCK));
        match &self.pipe {
            Some(pipe) => pipe
                .send(block)
                .map_err(|_| io::Error::other("the staging writer stopped")),
            None => self.file.write_all(&block),
        }
    }
}

impl Write for StagingSink {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.block.extend_from_slice(data);
        if self.block.len() >= BLOCK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.block.is_empty() {
            self.send()?;
        }
        Ok(())
    }
}

/// What every failure of the staging writer says.
const STAGING: &str = "cannot write the staging file";

/// Runs `work` on the cursor with its writes going through a writer thread; returns
/// once everything written is on disk (fdatasync), with the first error of either.
pub(super) fn pipelined(
    cursor: &mut SealingWriter<StagingSink>,
    work: impl FnOnce(&mut SealingWriter<StagingSink>) -> Result<()>,
) -> Result<()> {
    // A second handle on the same open file: the same offset, written by the thread.
    let mut file = cursor
        .get_mut()
        .file
        .try_clone()
        .map_err(io_error(STAGING))?;
    std::thread::scope(|scope| {
        let (pipe, blocks) = sync_channel::<Vec<u8>>(BLOCKS_IN_FLIGHT);
        let writer = scope.spawn(move || -> io::Result<()> {
            let mut unsynced = 0u64;
            for block in blocks {
                file.write_all(&block)?;
                unsynced += block.len() as u64;
                if unsynced >= SYNC_EVERY {
                    file.sync_data()?;
                    unsynced = 0;
                }
            }
            file.sync_data()
        });
        cursor.get_mut().pipe = Some(pipe);
        let worked = work(cursor);
        let flushed = cursor.get_mut().flush();
        // Closing the channel lets the writer finish.
        cursor.get_mut().pipe = None;
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the staging writer panicked")));
        written.map_err(io_error(STAGING))?;
        flushed.map_err(io_error(STAGING))?;
        worked
    })
}
