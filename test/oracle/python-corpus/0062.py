# oracle: seed 62, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

class Model_0(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_0, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_directions, batch, self.hidden_size), torch.zeros(self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(len(x))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_0 = Model_0(6, 4, bidirectional=True)
logits_0 = model_0(torch.zeros(3, 3, 6))

y_1 = torch.randn(2, 2, 2)
layers_1 = {
    "l0": GRU(2, 6),
}
for name in ["l0"]:
    y_1, h_1 = layers_1[name](y_1)
