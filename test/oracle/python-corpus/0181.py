# oracle: seed 181, closed, runs cleanly
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.GRU(3, 2)
x_0 = torch.randn(6, 3, 3)
lengths_0 = [6, 5, 4]
packed_0 = pack_padded_sequence(x_0, lengths_0, enforce_sorted=False)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)

class Args_1:
    pass

args_1 = Args_1()
setattr(args_1, "hidden", 4)
rnn_1 = torch.nn.GRU(4, args_1.hidden)
out_1, h_1 = rnn_1(torch.randn(2, 2, 4), torch.zeros(1, 2, args_1.hidden))
