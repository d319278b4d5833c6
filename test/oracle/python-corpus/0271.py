# oracle: seed 271, open, raises ValueError at line 38
import random
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(input_size=6, hidden_size=3)
last_0_0 = encode_0(enc_0, torch.rand(4, 2, 6), h0=torch.zeros(1, 2, 3))
last_0_1 = encode_0(enc_0, torch.randn(1, 1, 6).float())

rnn_1 = torch.nn.GRU(4, 5, batch_first=True)
x_1 = torch.randn(3, 5, 4)
lengths_1 = [5, 4, 3]
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, h_1 = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)

rnn_2 = torch.nn.GRU(3, 6, 2, batch_first=True, dropout=0.1)
x_2 = torch.ones(5, 4, 3)
batch_2 = x_2.shape[0]
h0_2 = torch.zeros(2, batch_2, 6)
out_2, hn_2 = rnn_2(x_2, h0_2)
assert out_2.dim() == 3

lstm_3 = torch.nn.LSTM(3, 8)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 3))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 3))
last_3 = torch.nn.Linear(8, 2)(out_3[-1])

layer_4 = torch.nn.GRU(8, 5, proj_size=1)
