# oracle: seed 207, closed, raises IndexError at line 40
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.GRU(7, 4, batch_first=True)
x_0 = torch.randn(4, 4, 7)
lengths_0 = [4, 3, 2, 1]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 4, 4))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = nn.Linear(4, 2)(h_0[-1])

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = nn.RNN(2, 2, 2, True, False, bidirectional=True)
last_1_0 = encode_1(enc_1, torch.rand(3, 2, 2), h0=torch.zeros(4, 2, 2))

lstm_2 = nn.LSTM(3, 4, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(2, 4, 3))
r_2_0 = out_2.shape[2]
r_2_1 = out_2.transpose(0, 1).contiguous().view(4, -1)
r_2_2 = out_2[..., :4]
r_2_3 = torch.stack([h_2[-1], out_2[0]], dim=0)
a_2, b_2 = out_2.chunk(2, dim=0)

rnn_3 = nn.RNN(8, 5, 1, True, False)
x_3 = torch.rand(4, 2, 8)
out_3, h_3 = rnn_3(x_3)
n_3 = out_3.size(0) * out_3.dim()

lstm_4 = nn.LSTM(3, 3, 2)
out_4, (h_4, c_4) = lstm_4(torch.randn(2, 4, 3))
r_4_0 = out_4.unsqueeze(1).squeeze(1)
r_4_1 = torch.cat([h_4, c_4], dim=3)
r_4_2 = out_4.transpose(0, 1).contiguous().view(4, -1)
a_4, b_4 = out_4.chunk(2, dim=0)
