# oracle: seed 142, open, runs cleanly
import random
import torch
from torch.nn import LSTM, Linear
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm_0 = LSTM(7, 7)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 9))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 7))
last_0 = Linear(7, 2)(out_0[-1])

rnn_1 = LSTM(2, 7)
x_1 = torch.randn(3, 4, 2)
lengths_1 = [3, 2, 1, 1]
packed_1 = pack_padded_sequence(x_1, lengths_1)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1)
last_1 = Linear(7, 2)(h_1[-1])
