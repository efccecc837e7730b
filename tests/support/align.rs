//! Aligns two character sequences (Myers' shortest edit script): which character of one
//! is which character of the other, where they differ only locally (a hyphen dropped at a
//! line end, a running header inserted, a character read differently).

/// For every character of `b`, the index of the character of `a` it is matched with.
/// Characters only one side has are unmatched. `None` when the sequences differ by more
/// than `max_edits` insertions and deletions (the cost grows with their square).
pub fn align(a: &[char], b: &[char], max_edits: usize) -> Option<Vec<Option<usize>>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = (n + m) as usize;
    let limit = max.min(max_edits) as isize;
    let offset = limit + 1;
    let mut v = vec![0isize; 2 * limit as usize + 3];
    // `trace[d]` is the furthest x per diagonal -d..=d after d edits, to walk back from.
    let mut trace: Vec<Vec<isize>> = Vec::new();
    for d in 0..=limit {
        for k in (-d..=d).step_by(2) {
            let down =
                k == -d || (k != d && v[(offset + k - 1) as usize] < v[(offset + k + 1) as usize]);
            let mut x = if down {
                v[(offset + k + 1) as usize]
            } else {
                v[(offset + k - 1) as usize] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[(offset + k) as usize] = x;
            if x >= n && y >= m {
                trace.push(v[(offset - d) as usize..=(offset + d) as usize].to_vec());
                return Some(walk_back(&trace, n, m, b.len()));
            }
        }
        trace.push(v[(offset - d) as usize..=(offset + d) as usize].to_vec());
    }
    None
}

/// The matched pairs, from the end of both sequences back along the edits recorded.
fn walk_back(trace: &[Vec<isize>], n: isize, m: isize, len_b: usize) -> Vec<Option<usize>> {
    let mut matched = vec![None; len_b];
    let (mut x, mut y) = (n, m);
    for d in (0..trace.len() as isize).rev() {
        let k = x - y;
        let at = |row: &Vec<isize>, k: isize, d: isize| row[(k + d) as usize];
        let (prev_x, prev_y) = if d == 0 {
            (0, 0)
        } else {
            let prev = &trace[(d - 1) as usize];
            let down = k == -d || (k != d && at(prev, k - 1, d - 1) < at(prev, k + 1, d - 1));
            let prev_k = if down { k + 1 } else { k - 1 };
            let prev_x = at(prev, prev_k, d - 1);
            (prev_x, prev_x - prev_k)
        };
        while x > prev_x && y > prev_y {
            x -= 1;
            y -= 1;
            matched[y as usize] = Some(x as usize);
        }
        x = prev_x;
        y = prev_y;
    }
    matched
}
