# oracle: seed 280, closed, runs cleanly
import torch

embed_0 = torch.nn.Embedding(27, 3)
drop_0 = torch.nn.Dropout(0.3)
rnn_0 = torch.nn.GRU(3, 8, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
