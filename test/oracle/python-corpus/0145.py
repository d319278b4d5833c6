# oracle: seed 145, closed, runs cleanly
import torch
from torch import nn
from torch.nn import GRU, Linear, Module, RNN
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = GRU(7, 4)
x_0 = torch.randn(4, 1, 7)
lengths_0 = [4]
packed_0 = pack_padded_sequence(x_0, lengths_0)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)
last_0 = Linear(4, 2)(h_0[-1])

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = GRU(7, 6, num_layers=2, batch_first=False, dropout=0.1)
last_1_0 = encode_1(enc_1, torch.rand(2, 2, 7), h0=torch.zeros(2, 2, 6))

kind_2 = "LSTM"
rnn_2 = getattr(nn, kind_2)(5, 2)
out_2 = rnn_2(torch.randn(4, 2, 5))[0]

gru_3 = GRU(6, 8)
x_3 = torch.randn(4, 3, 6)
if x_3.size(-1) == 6:
    out_3, _ = gru_3(x_3)
else:
    out_3, _ = gru_3(torch.randn(2, 2, 7))

class Model_4(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_4():
    return Model_4(7, 2, num_layers=1, bidirectional=True)

logits_4 = build_4()(torch.rand(3, 2, 7))
probs_4 = logits_4.softmax(dim=-1)
