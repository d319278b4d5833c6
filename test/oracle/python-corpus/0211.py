# oracle: seed 211, closed, runs cleanly
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.GRU(3, 6, 3)
last_0_0 = encode_0(enc_0, torch.ones([3, 2, 3]), h0=torch.zeros(3, 2, 6))
last_0_1 = encode_0(enc_0, torch.zeros(2, 3, 3))

rnn_1 = nn.LSTM(3, 3, batch_first=True)
x_1 = torch.randn(3, 6, 3)
lengths_1 = [6, 5, 4]
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, (h_1, c_1) = rnn_1(packed_1, (torch.zeros(1, 3, 3), torch.zeros(1, 3, 3)))
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)
last_1 = nn.Linear(3, 2)(h_1[-1])

rnn_2 = nn.LSTM(input_size=9, hidden_size=6, num_layers=3, bias=False, dropout=0.5, bidirectional=True)
x_2 = torch.randn(1, 2, 9).float()
batch_2 = x_2.size()[1]
h0_2 = torch.zeros(6, batch_2, 6)
c0_2 = torch.zeros(6, batch_2, 6)
out_2, (hn_2, cn_2) = rnn_2(x_2, (h0_2, c0_2))
