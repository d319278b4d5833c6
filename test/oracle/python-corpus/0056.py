# oracle: seed 56, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm_0 = nn.LSTM(3, 4, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
r_0_0 = out_0.permute(1, 0, 2)
r_0_1 = h_0[-1]
r_0_2 = out_0.reshape(-1, 5)
r_0_3 = out_0.reshape(-1, 5)

rnn_1 = nn.LSTM(6, 2)
x_1 = torch.randn(3, 2, 6)
lengths_1 = torch.tensor([3, 2])
packed_1 = pack_padded_sequence(x_1, lengths_1)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1)
last_1 = nn.Linear(2, 2)(h_1[-1])
