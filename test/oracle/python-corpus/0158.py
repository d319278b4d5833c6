# oracle: seed 158, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.LSTM(3, 5, batch_first=True)
x_0 = torch.randn(2, 3, 3)
lengths_0 = torch.tensor([3, 2])
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, (h_0, c_0) = rnn_0(packed_0, (torch.zeros(1, 2, 5), torch.zeros(1, 2, 5)))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

rnn_1 = nn.LSTM(5, 7)
x_1 = torch.randn(4, 3, 5)
lengths_1 = torch.tensor([4, 3, 2])
packed_1 = torch.nn.utils.rnn.pack_padded_sequence(x_1, lengths_1)
packed_out_1, (h_1, c_1) = rnn_1(packed_1, (torch.zeros(1, 3, 7), torch.zeros(1, 3, 7)))
out_1, out_lengths_1 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_1)

rnn_2 = nn.LSTM(2, 3, 3, batch_first=True)
x_2 = torch.rand([2, 1, 2])
out_2, (h_2, c_2) = rnn_2(x_2)
n_2 = out_2.size(2) * out_2.dim()
