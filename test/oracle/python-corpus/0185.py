# oracle: seed 185, closed, raises RuntimeError at line 27
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

embed_0 = nn.Embedding(22, 3)
drop_0 = nn.Dropout()
rnn_0 = LSTM(3, 7, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 21]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = nn.Linear(7, 22)(out_0)

class Args_1:
    pass

args_1 = Args_1()
setattr(args_1, "hidden", 6)
rnn_1 = GRU(4, args_1.hidden)
out_1, h_1 = rnn_1(torch.randn(2, 2, 4), torch.zeros(1, 2, args_1.hidden))

embed_2 = nn.Embedding(10, 3, padding_idx=0)
drop_2 = nn.Dropout(p=0.5)
rnn_2 = GRU(2, 7, batch_first=True)
tokens_2 = torch.randint(0, 10, (1, 6))
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)
scores_2 = nn.Linear(7, 10)(out_2)
