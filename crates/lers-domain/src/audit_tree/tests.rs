use super::*;
use proptest::prelude::*;

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn h(text: &str) -> Result<Hash, hex::FromHexError> {
    let mut out = [0u8; 32];
    hex::decode_to_slice(text, &mut out)?;
    Ok(out)
}

fn hashes(texts: &[&str]) -> Result<Vec<Hash>, hex::FromHexError> {
    texts.iter().map(|t| h(t)).collect()
}

/// Leaf inputs of the RFC 6962 test vectors used across Certificate Transparency
/// implementations (transparency-dev/merkle testonly, certificate-transparency-go).
const INPUTS: [&str; 8] = [
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f",
];

/// Their leaf hashes (level 0 of the vectors' node hashes).
const LEAF_HASHES: [&str; 8] = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
    "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
    "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
    "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
];

/// Roots of the trees of the first 1..=8 inputs.
const ROOTS: [&str; 8] = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

/// Interior nodes of the vectors, named by (level, index).
const NODE_1_0: &str = "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125";
const NODE_1_1: &str = "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e";
const NODE_1_2: &str = "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a";
const NODE_1_3: &str = "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0";
const NODE_2_0: &str = "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7";
const NODE_2_1: &str = "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4";

fn vector_leaves() -> Result<Vec<Hash>, hex::FromHexError> {
    INPUTS
        .iter()
        .map(|input| Ok(leaf_hash(&hex::decode(input)?)))
        .collect()
}

/// Leaves that differ from one another, for the exhaustive tests.
fn numbered_leaves(n: u64) -> Vec<Hash> {
    (0..n).map(|i| leaf_hash(&i.to_be_bytes())).collect()
}

#[test]
fn empty_tree_root_is_sha256_of_nothing() -> TestResult {
    let expected = h("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")?;
    assert_eq!(empty_root(), expected);
    assert_eq!(root_of(&[]), expected);
    assert_eq!(Frontier::new().root(), expected);
    assert_eq!(Frontier::new().size(), 0);
    Ok(())
}

#[test]
fn leaf_hashes_match_rfc6962_vectors() -> TestResult {
    assert_eq!(vector_leaves()?, hashes(&LEAF_HASHES)?);
    let leaves = vector_leaves()?;
    assert_eq!(node_hash(&leaves[0], &leaves[1]), h(NODE_1_0)?);
    assert_eq!(node_hash(&leaves[6], &leaves[7]), h(NODE_1_3)?);
    Ok(())
}

#[test]
fn roots_match_rfc6962_vectors_for_sizes_1_to_8() -> TestResult {
    let leaves = vector_leaves()?;
    let roots = hashes(&ROOTS)?;
    let mut frontier = Frontier::new();
    for (size, (leaf, root)) in (1..).zip(leaves.iter().zip(&roots)) {
        frontier.push(*leaf);
        assert_eq!(frontier.size(), size as u64);
        assert_eq!(root_of(&leaves[..size]), *root, "root_of, size {size}");
        assert_eq!(frontier.root(), *root, "frontier, size {size}");
    }
    Ok(())
}

#[test]
fn frontier_peaks_match_the_vectors_compact_trees() -> TestResult {
    let leaves = vector_leaves()?;
    let expected: [(usize, Vec<&str>); 4] = [
        (3, vec![NODE_1_0, LEAF_HASHES[2]]),
        (4, vec![NODE_2_0]),
        (6, vec![NODE_2_0, NODE_1_2]),
        (7, vec![NODE_2_0, NODE_1_2, LEAF_HASHES[6]]),
    ];
    for (size, peaks) in expected {
        let mut frontier = Frontier::new();
        leaves[..size].iter().for_each(|leaf| frontier.push(*leaf));
        assert_eq!(frontier.to_text(), format!("{size}:{}", peaks.join(",")));
    }
    Ok(())
}

#[test]
fn inclusion_proofs_match_rfc6962_vectors() -> TestResult {
    let leaves = vector_leaves()?;
    // (index, tree size, path), from certificate-transparency-go's verifier
    // tests (which number leaves from 1; these are 0-based).
    let cases: [(u64, usize, Vec<&str>); 5] = [
        (0, 1, vec![]),
        (0, 8, vec![LEAF_HASHES[1], NODE_1_1, NODE_2_1]),
        (5, 8, vec![LEAF_HASHES[4], NODE_1_3, NODE_2_0]),
        (2, 3, vec![NODE_1_0]),
        (1, 5, vec![LEAF_HASHES[0], NODE_1_1, LEAF_HASHES[4]]),
    ];
    for (index, size, path) in cases {
        let tree = &leaves[..size];
        let path = hashes(&path)?;
        assert_eq!(inclusion_proof(tree, index)?, path, "{index} of {size}");
        let root = h(ROOTS[size - 1])?;
        verify_inclusion(&tree[index as usize], index, size as u64, &path, &root)?;
    }
    Ok(())
}

#[test]
fn a_single_leaf_tree_has_an_empty_path() -> TestResult {
    // A tree of one leaf: the root is the leaf hash and the path is empty.
    let leaf = leaf_hash(b"only");
    verify_inclusion(&leaf, 0, 1, &[], &leaf)?;
    assert_eq!(
        verify_inclusion(&leaf, 0, 1, &[], &empty_root()),
        Err(TreeError::RootMismatch)
    );
    Ok(())
}

#[test]
fn out_of_range_indices_are_rejected() {
    let leaf = leaf_hash(b"");
    for (index, size) in [(0, 0), (1, 0), (1, 1), (2, 1), (u64::MAX, u64::MAX)] {
        assert_eq!(
            verify_inclusion(&leaf, index, size, &[], &leaf),
            Err(TreeError::IndexOutOfRange {
                index,
                tree_size: size
            })
        );
    }
    let three = numbered_leaves(3);
    for (leaves, index) in [(&three[..0], 0), (&three[..], 3), (&three[..], u64::MAX)] {
        assert!(matches!(
            inclusion_proof(leaves, index),
            Err(TreeError::IndexOutOfRange { .. })
        ));
    }
}

#[test]
fn path_length_formula_handles_the_largest_trees() {
    // No overflow when the leaf's path and the right edge diverge at bit 63.
    assert_eq!(inclusion_path_len(0, u64::MAX), Ok(64));
    // The last leaf is a peak on its own: its path is the 63 other peaks.
    assert_eq!(inclusion_path_len(u64::MAX - 1, u64::MAX), Ok(63));
    // First leaf of the right half: the left half, then 63 levels below.
    assert_eq!(inclusion_path_len(1 << 63, u64::MAX), Ok(64));
}

/// Every proof of every leaf of trees of 1..=70 leaves verifies, and every
/// structural change to what is checked makes it fail.
#[test]
fn every_inclusion_proof_verifies_and_resists_structural_tampering() -> TestResult {
    let all = numbered_leaves(70);
    for size in 1..=70usize {
        let tree = &all[..size];
        let n = size as u64;
        let root = root_of(tree);
        for (index, leaf) in (0..).zip(tree) {
            let path = inclusion_proof(tree, index)?;
            verify_inclusion(leaf, index, n, &path, &root)?;

            for other in (0..n + 2).filter(|&i| i != index) {
                assert!(verify_inclusion(leaf, other, n, &path, &root).is_err());
            }
            let mut other_sizes = vec![n * 2, n / 2, u64::MAX];
            // Neighbouring sizes only where the proof shape differs: with the
            // same shape the same path and root may legitimately fit both sizes
            // (see the next test), which is why checkpoints sign the size.
            for near in [n - 1, n + 1] {
                if inclusion_path_len(index, near) != Ok(path.len()) {
                    other_sizes.push(near);
                }
            }
            for other in other_sizes {
                assert!(verify_inclusion(leaf, index, other, &path, &root).is_err());
            }

            let mut longer = path.clone();
            longer.push(root);
            assert!(verify_inclusion(leaf, index, n, &longer, &root).is_err());
            let mut longer = vec![empty_root()];
            longer.extend_from_slice(&path);
            assert!(verify_inclusion(leaf, index, n, &longer, &root).is_err());
            if let Some((_, rest)) = path.split_first() {
                assert!(verify_inclusion(leaf, index, n, rest, &root).is_err());
            }
            if let Some((_, rest)) = path.split_last() {
                assert!(verify_inclusion(leaf, index, n, rest, &root).is_err());
            }
        }
    }
    Ok(())
}

#[test]
fn a_root_alone_does_not_commit_to_the_tree_size() -> TestResult {
    // Leaf 0 of a 3-leaf tree and of a 4-leaf tree both climb "left, left", so
    // the 3-leaf proof also checks as size 4. Harmless — a checkpoint signs the
    // size — but it is why the exhaustive test only tries differently shaped sizes.
    let leaves = numbered_leaves(3);
    let path = inclusion_proof(&leaves, 0)?;
    let root = root_of(&leaves);
    verify_inclusion(&leaves[0], 0, 3, &path, &root)?;
    verify_inclusion(&leaves[0], 0, 4, &path, &root)?;
    Ok(())
}

/// `hash` with the bits of `mask` flipped in byte `byte % 32`.
fn flipped(hash: &Hash, byte: usize, mask: u8) -> Hash {
    let mut out = *hash;
    out[byte % 32] ^= mask;
    out
}

#[test]
fn flipping_any_byte_of_leaf_path_or_root_fails_for_small_trees() -> TestResult {
    let all = numbered_leaves(16);
    for size in 1..=16usize {
        let tree = &all[..size];
        let n = size as u64;
        let root = root_of(tree);
        for (index, leaf) in (0..).zip(tree) {
            let path = inclusion_proof(tree, index)?;
            for byte in 0..32 {
                let bad_leaf = flipped(leaf, byte, 0x01);
                assert!(verify_inclusion(&bad_leaf, index, n, &path, &root).is_err());
                let bad_root = flipped(&root, byte, 0x80);
                assert!(verify_inclusion(leaf, index, n, &path, &bad_root).is_err());
                for i in 0..path.len() {
                    let mut bad_path = path.clone();
                    bad_path[i] = flipped(&path[i], byte, 0x10);
                    assert!(verify_inclusion(leaf, index, n, &bad_path, &root).is_err());
                }
            }
        }
    }
    Ok(())
}

#[test]
fn frontier_matches_root_of_for_every_size_up_to_200() {
    let leaves = numbered_leaves(200);
    let mut frontier = Frontier::new();
    assert_eq!(frontier.root(), root_of(&[]));
    for (size, leaf) in (1..).zip(&leaves) {
        frontier.push(*leaf);
        assert_eq!(frontier.root(), root_of(&leaves[..size]), "size {size}");
    }
}

/// Building the tree from aligned pieces (what `verify` does, one piece per worker)
/// gives the frontier, the completed nodes and the intermediate roots of pushing the
/// leaves one by one.
#[test]
fn appending_aligned_pieces_is_pushing_their_leaves() -> TestResult {
    let leaves = numbered_leaves(77);
    for piece in [1usize, 2, 4, 8, 16, 32] {
        let mut one_by_one = Frontier::new();
        let mut pieced = Frontier::new();
        let (mut nodes_one, mut nodes_pieced) = (Vec::new(), Vec::new());
        for (at, part) in (0..).step_by(piece).zip(leaves.chunks(piece)) {
            let mut local = Frontier::new();
            for (offset, leaf) in part.iter().enumerate() {
                nodes_one.extend(one_by_one.push_completing(*leaf)?);
                for (id, hash) in local.push_completing(*leaf)? {
                    // A piece's own nodes, renumbered from its start.
                    let index = id.index + (at as u64 >> id.level);
                    nodes_pieced.push((
                        NodeId {
                            level: id.level,
                            index,
                        },
                        hash,
                    ));
                }
                assert_eq!(
                    pieced.root_above(&local.root()),
                    one_by_one.root(),
                    "leaf {}",
                    at + offset
                );
            }
            nodes_pieced.extend(pieced.append(&local)?);
            assert_eq!(pieced, one_by_one, "piece of {piece} at {at}");
        }
        nodes_one.sort();
        nodes_pieced.sort();
        assert_eq!(nodes_pieced, nodes_one, "pieces of {piece}");
    }
    Ok(())
}

#[test]
fn a_piece_that_does_not_start_on_its_size_is_refused() {
    let mut tree = Frontier::new();
    tree.push([1; 32]);
    let mut piece = Frontier::new();
    piece.push([2; 32]);
    piece.push([3; 32]);
    assert_eq!(
        tree.append(&piece),
        Err(TreeError::Misaligned { size: 1, level: 1 })
    );
    assert_eq!(tree.size(), 1, "nothing appended");
}

#[test]
fn frontier_text_for_the_empty_tree() -> TestResult {
    assert_eq!(Frontier::new().to_text(), "0:");
    assert_eq!(Frontier::from_text("0:")?, Frontier::new());
    Ok(())
}

#[test]
fn malformed_frontier_text_is_rejected() {
    let peak = LEAF_HASHES[0];
    let upper = peak.to_uppercase();
    let cases = [
        String::new(),
        "1".into(),
        "1:".into(),
        "0:,".into(),
        format!("0:{peak}"),
        format!("2:{peak},{peak}"),
        format!("3:{peak}"),
        format!("1:{peak},"),
        format!("1:{upper}"),
        format!("1:{}", &peak[..62]),
        format!("1:{peak}00"),
        format!("01:{peak}"),
        format!("+1:{peak}"),
        format!(" 1:{peak}"),
        format!("1: {peak}"),
        format!("-1:{peak}"),
        format!("18446744073709551616:{peak}"),
        format!("1:{peak}:"),
    ];
    for text in cases {
        assert!(
            matches!(
                Frontier::from_text(&text),
                Err(TreeError::MalformedFrontier(_))
            ),
            "{text:?} was accepted"
        );
    }
}

#[test]
fn a_full_frontier_refuses_to_grow() -> TestResult {
    let peak = LEAF_HASHES[0];
    let text = format!("{}:{}", u64::MAX, vec![peak; 64].join(","));
    let mut full = Frontier::from_text(&text)?;
    let before = full.clone();
    assert_eq!(full.try_push(leaf_hash(b"x")), Err(TreeError::TreeFull));
    full.push(leaf_hash(b"x"));
    assert_eq!(full, before);
    Ok(())
}

#[test]
fn frontier_serde_is_its_text_and_is_validated() -> TestResult {
    let mut frontier = Frontier::new();
    numbered_leaves(5)
        .into_iter()
        .for_each(|l| frontier.push(l));
    let json = serde_json::to_string(&frontier)?;
    assert_eq!(json, format!("\"{}\"", frontier.to_text()));
    assert_eq!(serde_json::from_str::<Frontier>(&json)?, frontier);
    assert!(serde_json::from_str::<Frontier>("\"5:\"").is_err());
    Ok(())
}

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

#[test]
fn checkpoint_signed_bytes_are_exact() -> TestResult {
    let checkpoint = Checkpoint {
        tree_size: 8,
        root: h(ROOTS[7])?,
    };
    assert_eq!(
        checkpoint.signed_bytes(),
        b"lers-audit-checkpoint-v1\n8\n\
          5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328\n"
            .to_vec()
    );
    Ok(())
}

#[test]
fn checkpoint_json_carries_the_root_as_lowercase_hex() -> TestResult {
    let checkpoint = Checkpoint {
        tree_size: 8,
        root: h(ROOTS[7])?,
    };
    let json = serde_json::to_string(&checkpoint)?;
    assert_eq!(
        json,
        format!("{{\"tree_size\":8,\"root\":\"{}\"}}", ROOTS[7])
    );
    assert_eq!(serde_json::from_str::<Checkpoint>(&json)?, checkpoint);
    let upper = json.replace(ROOTS[7], &ROOTS[7].to_uppercase());
    assert!(serde_json::from_str::<Checkpoint>(&upper).is_err());
    let short = json.replace(ROOTS[7], &ROOTS[7][..62]);
    assert!(serde_json::from_str::<Checkpoint>(&short).is_err());
    Ok(())
}

#[test]
fn frontier_checkpoint_is_its_size_and_root() {
    let mut frontier = Frontier::new();
    numbered_leaves(6)
        .into_iter()
        .for_each(|l| frontier.push(l));
    let checkpoint = frontier.checkpoint();
    assert_eq!(checkpoint.tree_size, 6);
    assert_eq!(checkpoint.root, frontier.root());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn prop_frontier_root_equals_root_of_at_every_size(
        leaves in proptest::collection::vec(any::<[u8; 32]>(), 0..200),
    ) {
        let mut frontier = Frontier::new();
        prop_assert_eq!(frontier.root(), root_of(&[]));
        for (size, leaf) in (1..).zip(&leaves) {
            frontier.push(*leaf);
            prop_assert_eq!(frontier.size(), size as u64);
            prop_assert_eq!(frontier.root(), root_of(&leaves[..size]));
        }
    }

    #[test]
    fn prop_frontier_text_round_trips(
        leaves in proptest::collection::vec(any::<[u8; 32]>(), 0..200),
    ) {
        let mut frontier = Frontier::new();
        for leaf in &leaves {
            frontier.push(*leaf);
            let text = frontier.to_text();
            let parsed = Frontier::from_text(&text)?;
            prop_assert_eq!(&parsed, &frontier);
            prop_assert_eq!(parsed.to_text(), text);
        }
    }

    #[test]
    fn prop_any_flipped_bit_breaks_the_proof(
        leaves in proptest::collection::vec(any::<[u8; 32]>(), 1..70),
        index_seed in any::<usize>(),
        target_seed in any::<usize>(),
        byte in 0usize..32,
        bit in 0u32..8,
    ) {
        let n = leaves.len() as u64;
        let index = (index_seed % leaves.len()) as u64;
        let leaf = leaves[index as usize];
        let root = root_of(&leaves);
        let path = inclusion_proof(&leaves, index)?;
        verify_inclusion(&leaf, index, n, &path, &root)?;

        let mask = 1u8 << bit;
        // Target 0 is the leaf, 1 the root, 2.. the path elements.
        let (mut leaf2, mut root2, mut path2) = (leaf, root, path.clone());
        match target_seed % (path.len() + 2) {
            0 => leaf2 = flipped(&leaf, byte, mask),
            1 => root2 = flipped(&root, byte, mask),
            t => path2[t - 2] = flipped(&path[t - 2], byte, mask),
        }
        prop_assert!(verify_inclusion(&leaf2, index, n, &path2, &root2).is_err());
    }

    #[test]
    fn prop_checkpoint_signatures_bind_size_root_and_key(
        seed in any::<[u8; 32]>(),
        other_seed in any::<[u8; 32]>(),
        tree_size in any::<u64>(),
        root in any::<[u8; 32]>(),
        byte in 0usize..32,
        bit in 0u32..8,
    ) {
        prop_assume!(seed != other_seed);
        let signer = SigningKey::from_bytes(&seed);
        let checkpoint = Checkpoint { tree_size, root };
        let signature = checkpoint.sign(&signer);
        checkpoint.verify(&signer.verifying_key(), &signature)?;

        let resized = Checkpoint { tree_size: tree_size ^ 1, root };
        prop_assert_eq!(
            resized.verify(&signer.verifying_key(), &signature),
            Err(TreeError::BadSignature)
        );
        let rerooted = Checkpoint { tree_size, root: flipped(&root, byte, 1 << bit) };
        prop_assert_eq!(
            rerooted.verify(&signer.verifying_key(), &signature),
            Err(TreeError::BadSignature)
        );
        let other = SigningKey::from_bytes(&other_seed).verifying_key();
        prop_assert_eq!(checkpoint.verify(&other, &signature), Err(TreeError::BadSignature));
    }
}

#[test]
fn checkpoint_signature_fails_for_other_size_root_or_key() -> TestResult {
    let signer = key(1);
    let checkpoint = Checkpoint {
        tree_size: 8,
        root: h(ROOTS[7])?,
    };
    let signature = checkpoint.sign(&signer);
    checkpoint.verify(&signer.verifying_key(), &signature)?;
    for changed in [
        Checkpoint {
            tree_size: 7,
            ..checkpoint.clone()
        },
        Checkpoint {
            root: h(ROOTS[6])?,
            ..checkpoint.clone()
        },
    ] {
        assert_eq!(
            changed.verify(&signer.verifying_key(), &signature),
            Err(TreeError::BadSignature)
        );
    }
    assert_eq!(
        checkpoint.verify(&key(2).verifying_key(), &signature),
        Err(TreeError::BadSignature)
    );
    Ok(())
}
