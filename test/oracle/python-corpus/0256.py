# oracle: seed 256, closed, raises RuntimeError at line 13
import torch.nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

kind_0 = "LSTM"
rnn_0 = getattr(torch.nn, kind_0)(4, 6)
out_0 = rnn_0(torch.randn(4, 2, 4))[0]

rnn_1 = torch.nn.LSTM(3, 5)
x_1 = torch.randn(4, 1, 2)
lengths_1 = torch.tensor([4])
packed_1 = pack_padded_sequence(x_1, lengths_1)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1)
