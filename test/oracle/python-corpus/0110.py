# oracle: seed 110, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.GRU(4, 6, batch_first=True)
x_0 = torch.randn(3, 6, 8)
lengths_0 = torch.tensor([6, 5, 4])
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

gru_1 = nn.GRU(3, 3)
x_1 = torch.randn(4, 3, 3)
if x_1.size(-1) == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 4))

rnn_2 = nn.LSTM(6, 5)
x_2 = torch.randn(1, 6)
hx_2 = (torch.zeros(1, 1, 5), torch.zeros(1, 5))
out_2, _ = rnn_2(x_2, hx_2)
y_2 = out_2[-1].view(5)
