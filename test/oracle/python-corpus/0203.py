# oracle: seed 203, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU

gru_0 = GRU(2, 6)
x_0 = torch.randn(4, 3, 2)
deep_0 = GRU(2, 6, num_layers=2)
if deep_0.num_layers > 1:
    out_0, _ = deep_0(torch.randn(2, 3, 2), torch.zeros(2, 3, 6))
elif 3 == 3:
    out_0, _ = deep_0(torch.randn(2, 3, 2), torch.zeros(1, 3, 6))
else:
    out_0, _ = deep_0(torch.randn(2, 3, 2), torch.zeros(2, 3, 6))

embed_1 = nn.Embedding(30, 7)
drop_1 = nn.Dropout()
rnn_1 = GRU(7, 4, batch_first=True)
tokens_1 = torch.randint(0, 30, (1, 1))
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)

rnn_2 = GRU(7, 2)
x_2 = torch.randn(4, 3, 7)
lengths_2 = [4, 3, 2]
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2)
