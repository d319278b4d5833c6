# An encoder-decoder whose encoder has two layers and whose decoder has one: the encoder's final
# hidden state (num_layers=2) cannot start the decoder, which expects one layer.
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=2)

    def forward(self, src):
        return self.gru(self.embedding(src))


class Decoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tgt, hidden):
        output, hidden = self.gru(self.embedding(tgt), hidden)  # rnnlens-expect: hidden-size-mismatch
        return self.out(output), hidden


encoder = Encoder(1000, 64)
decoder = Decoder(1200, 64)
src = torch.randint(0, 1000, (12, 8))
tgt = torch.randint(0, 1200, (1, 8))
_, state = encoder(src)
logits, state = decoder(tgt, state)
